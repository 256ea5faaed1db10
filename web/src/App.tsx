/** The application shell: Chinese locale, session, and the page for the current route. */
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense } from 'react';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { matchPath, useLocation } from './router';
import { SessionProvider, useSession } from './session';

// Heavy pages load on demand so the first load stays small.
const loadEditor = () => import('./editor/EditorPage');
const loadImport = () => import('./import/ImportPage');
const loadDashboard = () => import('./dashboard/DashboardPage');
const EditorPage = lazy(loadEditor);
const ImportPage = lazy(loadImport);
const DashboardPage = lazy(loadDashboard);
const UsersPage = lazy(() => import('./pages/UsersPage'));

// The page opened by address starts loading while the session is being checked, not after.
const START = typeof window === 'undefined' ? '' : window.location.pathname;
if (START.startsWith('/evaluations/')) void loadEditor();
else if (START === '/import') void loadImport();
else if (START === '/dashboard') void loadDashboard();

const THEME = { token: { colorPrimary: '#1f5fa8', borderRadius: 4 } };

function Routes() {
  const { user } = useSession();
  const { path } = useLocation();
  if (user === undefined) return <Spin fullscreen description="加载中…" />;
  if (user === null) return <LoginPage />;
  const evaluation = matchPath('/evaluations/:id', path);
  let page = <NotFoundPage />;
  if (path === '/') page = <HomePage />;
  else if (evaluation) page = <EditorPage key={evaluation.id} id={Number(evaluation.id)} />;
  else if (path === '/import') page = <ImportPage />;
  else if (path === '/dashboard') page = <DashboardPage />;
  else if (path === '/users') page = <UsersPage />;
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
    <ConfigProvider locale={zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <SessionProvider>
          <Routes />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
