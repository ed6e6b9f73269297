// The server-rendered skeleton both pages share (Korean text; the client switches language). Only our own
// constant text goes in here: data is added by the client with textContent.

export function shellMarkup(opts: { title: string; loginHint: string; main: string }): string {
  return `    <header class="topbar">
      <h1 data-i18n="title">${opts.title}</h1>
      <div class="topbar-actions">
        <span id="whoami" class="whoami" hidden></span>
        <button type="button" id="lang-toggle" class="secondary" data-i18n="switchLanguage" data-i18n-label="switchLanguageLabel">English</button>
        <button type="button" id="sign-out" class="secondary" data-i18n="signOut" hidden>로그아웃</button>
      </div>
    </header>
    <div id="alert" class="alert" role="alert" hidden></div>
    <section id="login" class="login card" aria-labelledby="login-title">
      <h2 id="login-title" data-i18n="signIn">로그인</h2>
      <form id="login-form" novalidate>
        <label for="login-email" data-i18n="email">이메일</label>
        <input id="login-email" name="email" type="email" autocomplete="username" required />
        <label for="login-password" data-i18n="password">비밀번호</label>
        <input id="login-password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit" id="login-submit" data-i18n="signIn">로그인</button>
      </form>
      <div id="oidc-profile" class="oidc-profile" hidden></div>
      <div id="login-providers" class="providers" hidden></div>
      <p class="hint" data-i18n="loginHint">${opts.loginHint}</p>
    </section>
    <main id="app" hidden>
${opts.main}
    </main>`;
}
