/** Changing one's own password from the account menu. */
import { Modal } from 'antd';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="修改密码" footer={null} onCancel={onClose} destroyOnHidden>
      <ChangePasswordForm temporary={false} onDone={onClose} />
    </Modal>
  );
}
