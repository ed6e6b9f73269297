// Korean and English labels for the pages. The server renders the Korean text; elements carry data-i18n
// (text), data-i18n-placeholder and data-i18n-label (aria-label) keys that this module fills in the chosen
// language. The choice is remembered in localStorage and set on <html lang>.

export type Lang = 'ko' | 'en';
export type Dictionary = Record<string, { ko: string; en: string }>;

const STORAGE_KEY = 'fingraph-lang';

export const COMMON: Dictionary = {
  signIn: { ko: '로그인', en: 'Sign in' },
  signOut: { ko: '로그아웃', en: 'Sign out' },
  email: { ko: '이메일', en: 'Email' },
  password: { ko: '비밀번호', en: 'Password' },
  switchLanguage: { ko: 'English', en: '한국어' },
  switchLanguageLabel: { ko: '언어 바꾸기 (English)', en: 'Switch language (한국어)' },
  signingIn: { ko: '로그인 중…', en: 'Signing in…' },
  signInWith: { ko: '{name} 계정으로 로그인', en: 'Sign in with {name}' },
  oidcProfileRequired: {
    ko: '처음 로그인하셨습니다. 고객 정보를 등록한 뒤 다시 로그인해 주세요.',
    en: 'First sign-in: register your customer profile, then sign in again.',
  },
  profileIntro: {
    ko: '처음 오셨네요. {email} 계정의 고객 정보를 입력해 주세요. 소득과 신용점수는 직원이 확인 후 등록합니다.',
    en: 'Welcome. Enter the customer profile for {email}; income and credit score are verified by staff later.',
  },
  profileName: { ko: '이름', en: 'Name' },
  profileBirthDate: { ko: '생년월일', en: 'Date of birth' },
  profileGender: { ko: '성별', en: 'Gender' },
  profileRegion: { ko: '거주 지역', en: 'Region' },
  profileHousehold: { ko: '가구원 수', en: 'People in the household' },
  profileEmployment: { ko: '직업', en: 'Employment' },
  profileSubmit: { ko: '가입하고 로그인', en: 'Register and sign in' },
  oidcEmailNotVerified: {
    ko: '제공자 계정의 이메일 인증이 끝나지 않아 가입할 수 없습니다.',
    en: 'Your e-mail address is not verified at the provider, so no account was created.',
  },
  oidcNotLinked: {
    ko: '이 계정과 연결된 로그인이 없습니다. 기존 로그인으로 접속한 뒤 계정을 연결해 주세요.',
    en: 'No login is linked to that account. Sign in another way and link it first.',
  },
  oidcEmailInUse: {
    ko: '같은 이메일의 로그인이 이미 있습니다. 그 로그인으로 접속한 뒤 계정을 연결해 주세요.',
    en: 'A login with that e-mail already exists: sign in with it and link the account.',
  },
  oidcFailed: {
    ko: '외부 계정 로그인에 실패했습니다. 다시 시도해 주세요.',
    en: 'Sign-in with the provider failed. Try again.',
  },
  badCredentials: { ko: '이메일 또는 비밀번호가 올바르지 않습니다.', en: 'Wrong email or password.' },
  rateLimited: {
    ko: '요청이 너무 많습니다. {seconds}초 후에 다시 시도하세요.',
    en: 'Too many attempts. Try again in {seconds} s.',
  },
  sessionExpired: {
    ko: '세션이 만료되었습니다. 다시 로그인하세요.',
    en: 'Your session expired. Please sign in again.',
  },
  network: { ko: '서버에 연결할 수 없습니다.', en: 'Cannot reach the server.' },
  forbidden: { ko: '이 페이지를 볼 권한이 없습니다.', en: 'You are not allowed to see this page.' },
  failed: { ko: '오류: {message}', en: 'Error: {message}' },
  signedInAs: { ko: '{email} 님', en: 'Signed in as {email}' },
};

export class I18n {
  lang: Lang;
  private readonly listeners: (() => void)[] = [];

  constructor(private readonly dictionary: Dictionary) {
    const stored = safeStorage(() => localStorage.getItem(STORAGE_KEY));
    this.lang =
      stored === 'en' || stored === 'ko' ? stored : navigator.language.startsWith('ko') ? 'ko' : 'en';
  }

  t(key: string, params: Record<string, string | number> = {}): string {
    const entry = this.dictionary[key];
    const text = entry ? entry[this.lang] : key;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  }

  /** Fills every data-i18n* element under `root` in the current language. */
  apply(root: ParentNode = document): void {
    document.documentElement.lang = this.lang;
    root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
      el.textContent = this.t(el.dataset.i18n!);
    });
    root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
      el.placeholder = this.t(el.dataset.i18nPlaceholder!);
    });
    root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
      el.setAttribute('aria-label', this.t(el.dataset.i18nLabel!));
    });
  }

  set(lang: Lang): void {
    this.lang = lang;
    safeStorage(() => localStorage.setItem(STORAGE_KEY, lang));
    this.apply();
    this.listeners.forEach((l) => l());
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }
}

/** Storage can throw (disabled cookies, private modes): the pages work without it. */
export function safeStorage<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}
