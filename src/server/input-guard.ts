/**
 * Input hygiene at the boundary: every string of every request (body, query, path, at any depth, object keys too)
 * follows the core's text rule (`textProblem`) before any handler, store or database sees it; and the Chinese names
 * of request fields, for messages that say where the problem is.
 */
import type { FastifyInstance } from 'fastify';
import { describePath } from '../core/paths';
import { textProblem, unsafeStrings } from '../core/safe-text';
import { AppError } from './errors';

/** The Chinese name of each field of a request body or query (the document's own fields are named by the core). */
const REQUEST_FIELD: Readonly<Record<string, string>> = {
  username: '用户名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  name: '名称',
  role: '角色',
  departmentId: '部门编号',
  district: '区',
  active: '是否启用',
  mustChangePassword: '是否须修改密码',
  entity: '对象类型',
  entityId: '对象编号',
  limit: '条数',
  version: '版本号',
  action: '操作',
  comment: '意见',
  explanations: '说明',
  code: '审核问题代码',
  path: '字段路径',
  text: '说明',
  body: '意见',
  year: '年度',
  status: '状态',
  includeDrafts: '是否计入草稿',
  id: '编号',
  v: '版本',
  evaluationId: '自评编号',
  paths: '指标位置',
  read: '文件所读',
  department: '文件所属部门',
  confirmMismatch: '确认不一致',
  onto: '合并的版本',
  data: '自评文档',
};

const WHERE: Readonly<Record<string, string>> = {
  body: '请求内容',
  querystring: '查询参数',
  query: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/**
 * Where in a request a problem is, in Chinese: `部门名称` for `data.department.name` of a body, `版本号` for
 * `version`, `说明第 2 项 · 说明` for `explanations.1.text`, the part of the request when there is no path.
 */
export function describeRequestPath(where: string, path: readonly (string | number)[]): string {
  if (path.length === 0) return WHERE[where] ?? '请求';
  if ((path[0] === 'data' || path[0] === 'preview') && path.length > 1)
    return describePath(path.slice(1).join('.'));
  let out = '';
  for (const k of path) {
    if (typeof k === 'number' || /^\d+$/.test(k)) out += `第 ${Number(k) + 1} 项`;
    else out += (out ? ' · ' : '') + (REQUEST_FIELD[k] ?? k);
  }
  return out;
}

/** `名称：message`, or the message alone when it already starts with the field's name. */
export function locateMessage(label: string, message: string): string {
  const last = label
    .split(' · ')
    .at(-1)!
    .replace(/第 \d+ 项$/, '');
  return last && message.startsWith(last) ? message : `${label}：${message}`;
}

/**
 * Refuse (400) a request holding a string no one can type: NUL and other controls, U+FFFE, lone surrogates. It runs
 * after the schema (which names its own fields more precisely) and before any handler, store or database.
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (req) => {
    for (const [where, value] of [
      ['params', req.params],
      ['querystring', req.query],
      ['body', req.body],
    ] as const) {
      const found = unsafeStrings(value, 5);
      if (found.length === 0) continue;
      const message = found
        .map((f) => {
          const label = describeRequestPath(where, f.path);
          return textProblem(f.text, f.key ? `${label}中的字段名` : label) ?? label;
        })
        .join('；');
      throw new AppError('invalid_request', message);
    }
  });
}
