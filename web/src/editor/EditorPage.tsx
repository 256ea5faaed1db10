/** The evaluation editor page: loads the evaluation, then shows it or says why it cannot. */
import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { EvaluationDraft } from '../../../src/core/model';
import { ApiError, api, type CommentsResponse, type EvaluationRecord } from '../api';
import { navigate } from '../router';
import { EvaluationEditor } from './EvaluationEditor';

/** The stored draft with the schema's defaults filled in, so every list the form maps over exists. */
function withDefaults(record: EvaluationRecord): EvaluationRecord {
  const parsed = EvaluationDraft.safeParse(record.data);
  return parsed.success ? { ...record, data: parsed.data } : record;
}

export default function EditorPage({ id }: { id: number }) {
  const [loaded, setLoaded] = useState<{ record: EvaluationRecord; comments: CommentsResponse } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    // Comments come with the first paint, so a return notice does not push the page down afterwards.
    const none: CommentsResponse = { comments: [], next: null, total: 0 };
    Promise.all([api.evaluation(id), api.comments(id).catch(() => none)])
      .then(([r, c]) => setLoaded({ record: withDefaults(r.evaluation), comments: c }))
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
  return <EvaluationEditor initial={loaded.record} initialComments={loaded.comments} />;
}
