/**
 * The CSP nonce of the page's response: the server admits <style> elements only with it (src/server/csp.ts). Vite
 * writes the nonce on a <meta property="csp-nonce"> and the server fills it in; browsers hide the attribute's value
 * from the DOM, the `nonce` property keeps it. Undefined in the dev server and in tests, where no CSP applies.
 */
export const CSP_NONCE: string | undefined =
  typeof document === 'undefined'
    ? undefined
    : document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
