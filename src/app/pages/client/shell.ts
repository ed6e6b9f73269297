import { ApiError } from './api';
import { COMMON, Dictionary, I18n } from './i18n';
import { Session, type SignedIn } from './session';

/** What the server puts into the page's <script id="page-config" type="application/json">. */
export interface PageConfig {
  endpoint: string;
  /** Demo credentials to prefill (only while the demo data is enabled). */
  demo: { email: string; password: string } | null;
}

export function readConfig(): PageConfig {
  return JSON.parse(document.getElementById('page-config')!.textContent!) as PageConfig;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
}

/** A DOM element with text children only (never innerHTML with data). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

export interface Shell {
  readonly i18n: I18n;
  readonly session: Session;
  readonly config: PageConfig;
  showError(message: string): void;
  clearError(): void;
  /** The message for a failed call, in the current language. */
  describe(error: unknown): string;
}

/**
 * The part both pages share: language toggle, the login form (errors for bad credentials, rate limits and
 * network failures), sign-out, the role check, and switching between the login and the page.
 */
export function startShell(opts: {
  dictionary: Dictionary;
  storageKey: string;
  roles: readonly string[];
  onSignedIn: (user: SignedIn, shell: Shell) => void;
  onSignedOut: () => void;
}): Shell {
  const config = readConfig();
  const i18n = new I18n({ ...COMMON, ...opts.dictionary });
  const session = new Session(config.endpoint, opts.storageKey);
  const alert = byId('alert');
  const login = byId('login');
  const app = byId('app');
  const form = byId<HTMLFormElement>('login-form');
  const email = byId<HTMLInputElement>('login-email');
  const password = byId<HTMLInputElement>('login-password');
  const submit = byId<HTMLButtonElement>('login-submit');
  const whoami = byId('whoami');
  const signOut = byId<HTMLButtonElement>('sign-out');
  const langToggle = byId<HTMLButtonElement>('lang-toggle');

  const describe = (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === 'RATE_LIMITED')
        return i18n.t('rateLimited', { seconds: error.retryAfterSeconds ?? 60 });
      if (error.code === 'NETWORK') return i18n.t('network');
      if (error.code === 'FORBIDDEN') return i18n.t('forbidden');
      if (error.code === 'UNAUTHENTICATED') return i18n.t('sessionExpired');
    }
    return i18n.t('failed', { message: error instanceof Error ? error.message : String(error) });
  };
  const shell: Shell = {
    i18n,
    session,
    config,
    describe,
    showError(message) {
      alert.textContent = message;
      alert.hidden = false;
    },
    clearError() {
      alert.textContent = '';
      alert.hidden = true;
    },
  };

  function showLogin(): void {
    app.hidden = true;
    login.hidden = false;
    whoami.hidden = true;
    signOut.hidden = true;
    document.body.dataset.state = 'login';
    opts.onSignedOut();
  }

  function showApp(user: SignedIn): void {
    if (!opts.roles.includes(user.role)) {
      session.signOut();
      shell.showError(i18n.t('forbidden'));
      return;
    }
    shell.clearError();
    login.hidden = true;
    app.hidden = false;
    whoami.hidden = false;
    whoami.textContent = i18n.t('signedInAs', { email: user.email });
    signOut.hidden = false;
    opts.onSignedIn(user, shell);
  }

  if (config.demo) {
    email.value = config.demo.email;
    password.value = config.demo.password;
  }
  i18n.apply();
  i18n.onChange(() => {
    if (session.user) whoami.textContent = i18n.t('signedInAs', { email: session.user.email });
  });
  langToggle.addEventListener('click', () => i18n.set(i18n.lang === 'ko' ? 'en' : 'ko'));
  signOut.addEventListener('click', () => session.signOut());
  session.onSignedOut((expired) => {
    showLogin();
    if (expired) shell.showError(i18n.t('sessionExpired'));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    shell.clearError();
    submit.disabled = true;
    submit.textContent = i18n.t('signingIn');
    session
      .login(email.value.trim(), password.value)
      .then((outcome) => {
        if (outcome.ok) showApp(outcome.user);
        else if (outcome.code === 'RATE_LIMITED')
          shell.showError(i18n.t('rateLimited', { seconds: outcome.retryAfterSeconds }));
        else shell.showError(i18n.t('badCredentials'));
      })
      .catch((error: unknown) => shell.showError(describe(error)))
      .finally(() => {
        submit.disabled = false;
        submit.textContent = i18n.t('signIn');
      });
  });

  // After the caller has its Shell in hand (the callbacks may use it).
  queueMicrotask(() => {
    if (session.user) showApp(session.user);
    else showLogin();
  });
  return shell;
}
