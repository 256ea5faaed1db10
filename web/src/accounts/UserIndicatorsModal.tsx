/** The indicators a department staff member owns (谁支出谁负责), per year; the administrator ticks them. */
import { Alert, App, Empty, Modal, Segmented, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { STATUS_LABEL } from '../../../src/core/labels';
import { api, type OwnedIndicator, type StaffEvaluation, type User } from '../api';

export function UserIndicatorsModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { message } = App.useApp();
  const [evaluations, setEvaluations] = useState<StaffEvaluation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shownId, setShownId] = useState<number | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const take = (list: StaffEvaluation[], id: number | null) => {
    setEvaluations(list);
    const shown = list.find((e) => e.id === id) ?? list[0];
    setShownId(shown?.id ?? null);
    setPicked(shown ? shown.indicators.filter((i) => i.owner === user.username).map((i) => i.path) : []);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per account shown
  useEffect(() => {
    api
      .userIndicators(user.id)
      .then((r) => take(r.evaluations, null))
      .catch((e: Error) => setError(e.message));
  }, [user.id]);

  const shown = useMemo(() => evaluations?.find((e) => e.id === shownId) ?? null, [evaluations, shownId]);
  const save = async () => {
    if (!shown || !evaluations) return;
    setBusy(true);
    try {
      const r = await api.assignIndicators(user.id, {
        evaluationId: shown.id,
        version: shown.version,
        paths: picked,
      });
      take(r.evaluations, shown.id);
      message.success(`已保存 ${user.name} 负责的指标`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : '保存失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={880}
      title={`负责的指标：${user.name}（${user.username}）`}
      okText="保存"
      okButtonProps={{ disabled: !shown?.editable }}
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <Typography.Paragraph type="secondary">
        经办人员只能填写自己负责的指标。勾选后保存，会在该年度自评中生成新版本（已提交或已审核的自评不能修改）。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} />}
      {!evaluations && !error && <Spin />}
      {evaluations && evaluations.length === 0 && <Empty description="该部门还没有自评" />}
      {evaluations && shown && (
        <>
          <Segmented
            style={{ marginBottom: 12 }}
            value={shown.id}
            onChange={(v) => take(evaluations, Number(v))}
            options={evaluations.map((e) => ({
              value: e.id,
              label: `${e.year} 年度（${STATUS_LABEL[e.status]}）`,
            }))}
          />
          <Table<OwnedIndicator>
            rowKey="path"
            size="small"
            dataSource={shown.indicators}
            pagination={false}
            scroll={{ y: 420 }}
            rowSelection={{
              selectedRowKeys: picked,
              onChange: (keys) => setPicked(keys.map(String)),
              getCheckboxProps: () => ({ disabled: !shown.editable }),
            }}
            columns={[
              {
                title: '项目',
                dataIndex: 'project',
                width: 160,
                render: (p: string | null) => p ?? '部门整体',
              },
              { title: '二级指标', dataIndex: 'level2', width: 120 },
              { title: '三级指标', dataIndex: 'name' },
              {
                title: '现负责人',
                key: 'owner',
                width: 140,
                render: (_, i) =>
                  i.owner ? (
                    <Tag color={i.owner === user.username ? 'blue' : undefined}>{i.ownerName ?? i.owner}</Tag>
                  ) : (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
