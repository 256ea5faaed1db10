/**
 * Every command of the CLI: its name and one-line description here, its arguments, options and action in its own
 * module, loaded only when that command runs (so `jixiao score` never loads the server or the document writers).
 */
import type { Command } from 'commander';
import type { CliIO } from '../io';

/** A command module: adds arguments, options and the action to its command; `exit` sets the exit code. */
export type RegisterCommand = (command: Command, io: CliIO, exit: (code: number) => void) => void;

export interface CommandSpec {
  name: string;
  description: string;
  load: () => Promise<RegisterCommand>;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate',
    description: '校验评价文件：列出每一处问题及其位置',
    load: async () => (await import('./validate')).registerValidate,
  },
  {
    name: 'score',
    description: '按评分标准计算得分与等级，说明每一处失分',
    load: async () => (await import('./score')).registerScore,
  },
  {
    name: 'rubrics',
    description: '列出评分标准及其版本',
    load: async () => (await import('./rubrics')).registerRubrics,
  },
  {
    name: 'audit',
    description: '审核评价文件：重算并交叉核对每一个数字，说明每一处不一致（有错误时退出码为 1）',
    load: async () => (await import('./audit')).registerAudit,
  },
  {
    name: 'lint',
    description: '检查绩效目标申报表的各项目标（可附以前年度文件，与往年实际完成值比较；有错误时退出码为 1）',
    load: async () => (await import('./lint')).registerLint,
  },
  {
    name: 'serve',
    description: '启动多用户服务（配置见 docs/server.md；PORT 默认 3000）',
    load: async () => (await import('./serve')).registerServe,
  },
  {
    name: 'report',
    description: '生成部门整体支出绩效自评报告（docx、md、html）或自评表（xlsx）',
    load: async () => (await import('./report')).registerReport,
  },
  {
    name: 'import',
    description: '读取填好的自评表（xlsx），生成评价文件（JSON）',
    load: async () => (await import('./import')).registerImport,
  },
  {
    name: 'extract',
    description: '读取已有的自评报告或自评表（txt、docx、pdf、xlsx）或整个文件夹，生成评价文件（JSON）',
    load: async () => (await import('./extract')).registerExtract,
  },
];
