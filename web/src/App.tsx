/** The application shell: Chinese locale, session, and the page for the current route. */
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense } from 'react';
import { ChangePasswordPage } from './accounts/ChangePasswordPage';
import { AppLayout } from './layout/AppLayout';
import { CSP_NONCE } from './lib/csp';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { matchPath, useLocation } from './router';
import { SessionProvider, useSession } from './session';

// Heavy pages load on demand so the first load stays small.
const loadEditor = () => import('./editor/EditorPage');
const loadImport = () => import('./import/ImportPage');
const loadDashboard = () => import('./dashboard/DashboardPage');
const loadProjects = () => import('./projects/ProjectListPage');
const EditorPage = lazy(loadEditor);
const ImportPage = lazy(loadImport);
const DashboardPage = lazy(loadDashboard);
const ProjectListPage = lazy(loadProjects);
const UsersPage = lazy(() => import('./pages/UsersPage'));
const DepartmentsPage = lazy(() => import('./pages/DepartmentsPage'));
const AuditLogPage = lazy(() => import('./pages/AuditLogPage'));

// The page opened by address starts loading while the session is being checked, not after.
const START = typeof window === 'undefined' ? '' : window.location.pathname;
if (START.startsWith('/evaluations/')) void loadEditor();
else if (START === '/import') void loadImport();
else if (START === '/dashboard') void loadDashboard();
else if (/^\/departments\/\d+\/projects/.test(START)) void loadProjects();

const THEME = { token: { colorPrimary: '#1f5fa8', borderRadius: 4 } };

// antd's CSS-in-JS writes the page's CSP nonce on each of its <style> elements.
const CSP = { nonce: CSP_NONCE };

function Routes() {
  const { user } = useSession();
  const { path } = useLocation();
  if (user === undefined) return <Spin fullscreen description="加载中…" />;
  if (user === null) return <LoginPage />;
  // A temporary password from an administrator comes first: the server refuses every other write until changed.
  if (user.mustChangePassword) return <ChangePasswordPage />;
  const evaluation = matchPath('/evaluations/:id', path);
  const projects = matchPath('/departments/:id/projects', path);
  let page = <NotFoundPage />;
  if (path === '/') page = <HomePage />;
  else if (evaluation) page = <EditorPage key={evaluation.id} id={Number(evaluation.id)} />;
  else if (projects && Number(projects.id) > 0)
    page = <ProjectListPage key={projects.id} departmentId={Number(projects.id)} />;
  else if (path === '/import') page = <ImportPage />;
  else if (path === '/dashboard') page = <DashboardPage />;
  else if (path === '/users') page = <UsersPage />;
  else if (path === '/departments') page = <DepartmentsPage />;
  else if (path === '/audit-log') page = <AuditLogPage />;
  return (
    <AppLayout>
      <Suspense
        fallback={
          <div style={{ display: 'grid', placeItems: 'center', paddingTop: 120 }}>
            <Spin description="加载中…" />
          </div>
        }
      >
        {page}
      </Suspense>
    </AppLayout>
  );
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={THEME} csp={CSP} button={{ autoInsertSpace: false }}>
      <AntApp>
        <SessionProvider>
          <Routes />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
