/** The editor page: loads the self-evaluation (a department's or a project's), then shows it or says why it cannot. */
import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { Evaluation, ProjectEvaluation } from '../../../src/core/model';
import { type AnyEvaluationRecord, ApiError, api, type CommentsResponse } from '../api';
import { navigate } from '../router';
import { EvaluationEditor } from './EvaluationEditor';
import { type AnyKind, DEPARTMENT_KIND, kindOf, PROJECT_KIND, type RecordOf } from './kinds';

/** The stored draft with its kind's defaults filled in, so every list the form maps over exists. */
function withDefaults(kind: AnyKind, record: AnyEvaluationRecord): AnyEvaluationRecord {
  const parsed = kind.parseDraft(record.data);
  return parsed.success ? ({ ...record, data: parsed.data } as AnyEvaluationRecord) : record;
}

export default function EditorPage({ id }: { id: number }) {
  const [loaded, setLoaded] = useState<{ record: AnyEvaluationRecord; comments: CommentsResponse } | null>(
    null,
  );
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    // Comments come with the first paint, so a return notice does not push the page down afterwards.
    const none: CommentsResponse = { comments: [], next: null, total: 0 };
    Promise.all([api.evaluation(id), api.comments(id).catch(() => none)])
      .then(([r, c]) => setLoaded({ record: withDefaults(kindOf(r.evaluation), r.evaluation), comments: c }))
      .catch((e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e))));
  }, [id]);
  if (error) {
    const forbidden = error.status === 403;
    return (
      <Result
        status={forbidden ? '403' : error.status === 404 ? '404' : 'error'}
        title={forbidden ? '无权访问该自评' : error.status === 404 ? '自评不存在' : '加载失败'}
        subTitle={forbidden ? '您只能查看本部门的自评。' : error.message}
        extra={<Button onClick={() => navigate('/')}>返回首页</Button>}
        data-testid="editor-error"
      />
    );
  }
  if (!loaded)
    return (
      <div style={{ display: 'grid', placeItems: 'center', paddingTop: 120 }}>
        <Spin description="加载中…" />
      </div>
    );
  const { record, comments } = loaded;
  return kindOf(record) === PROJECT_KIND ? (
    <EvaluationEditor
      kind={PROJECT_KIND}
      initial={record as unknown as RecordOf<ProjectEvaluation>}
      initialComments={comments}
    />
  ) : (
    <EvaluationEditor
      kind={DEPARTMENT_KIND}
      initial={record as unknown as RecordOf<Evaluation>}
      initialComments={comments}
    />
  );
}
