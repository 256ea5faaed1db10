/** Shown for an unknown address. */
import { Button, Result } from 'antd';
import { navigate } from '../router';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="请检查地址是否正确。"
      extra={<Button onClick={() => navigate('/')}>返回首页</Button>}
    />
  );
}
