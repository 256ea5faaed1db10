/** A person as people know them: the display name, with the username on hover. */
import { Tooltip } from 'antd';

export function PersonName({ name, username }: { name: string; username: string }) {
  if (!username || name === username) return <span>{name || username}</span>;
  return (
    <Tooltip title={`用户名：${username}`}>
      <span style={{ borderBottom: '1px dotted rgba(0,0,0,0.35)', cursor: 'help' }}>{name}</span>
    </Tooltip>
  );
}
