/** Shapes of the HTTP API as the web application reads them (see the API contract). */
import type { Evaluation } from '../../../src/core/model';
import type { ScoreResult } from '../../../src/core/rubric';
import type { Role, Status } from '../lib/labels';

export type { Role, Status };

export interface User {
  id: number;
  username: string;
  name: string;
  role: Role;
  departmentId: number | null;
  district: string | null;
  active?: boolean;
}

export interface Department {
  id: number;
  name: string;
  district: string | null;
}

export interface EvaluationSummary {
  id: number;
  departmentId: number;
  departmentName: string;
  district: string | null;
  year: number;
  status: Status;
  version: number;
  total: number | null;
  grade: string | null;
  updatedAt: string;
}

export interface EvaluationRecord {
  id: number;
  departmentId: number;
  departmentName: string;
  district?: string | null;
  year: number;
  status: Status;
  version: number;
  data: Evaluation;
  updatedAt: string;
  updatedBy: string;
  /** What the current user may do now (`update`, `comment`, transitions), as the server decides. */
  allowedActions?: string[];
}

export interface VersionEntry {
  version: number;
  at: string;
  by: string;
  status: Status;
  summary: string;
}

export interface Comment {
  id: number;
  path: string | null;
  body: string;
  author: string;
  role: Role;
  at: string;
}

export interface ImportWarning {
  code?: string;
  message: string;
  line?: number | null;
  page?: number | null;
  path?: string | null;
  sheet?: string | null;
}

export interface ImportResult {
  preview: Evaluation;
  warnings: ImportWarning[];
}

export interface ScoreResponse {
  score: ScoreResult;
  messages: string[];
}

export interface DashboardDepartment {
  id: number;
  evaluationId?: number | null;
  name: string;
  total: number | null;
  grade: string | null;
  executionRate: number | null;
  status: Status | null;
  /** null when the server could not audit the document. */
  findings: { error: number | null; warning: number | null };
}

export interface Dashboard {
  /** The district and year the server chose when the query left them out. */
  district?: string | null;
  year?: number;
  departments: DashboardDepartment[];
  grades: Record<string, number>;
  scoreHistogram: { range: string; count: number }[];
  topDeductions: { name: string; count: number; points: number; departmentIds?: number[] }[];
  unmetIndicators: { name: string; count: number; departmentIds?: number[] }[];
  yearOverYear: {
    departmentId: number;
    name: string;
    year: number;
    total: number | null;
    previous: number | null;
  }[];
}

export type TransitionAction = 'submit' | 'return' | 'approve' | 'publish';
