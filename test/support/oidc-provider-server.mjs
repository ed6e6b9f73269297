// A real OpenID provider (oidc-provider, ESM) for the OIDC tests, run by plain Node in a child process: jest's
// CommonJS sandbox cannot load it. argv[2] is JSON { clientId, clientSecret, redirectUris, accounts }, where
// accounts maps a login (the subject) to its claims ({ email, email_verified, name }). Prints { issuer } once
// listening on an ephemeral port. Its development login form accepts any login that is in `accounts`.
import http from 'node:http';
import process from 'node:process';
import Provider from 'oidc-provider';

const settings = JSON.parse(process.argv[2]);
const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      redirect_uris: settings.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['fingraph-test-cookie-key'] },
  findAccount: (_ctx, sub) =>
    settings.accounts[sub]
      ? { accountId: sub, claims: () => ({ sub, ...settings.accounts[sub] }) }
      : undefined,
  // Claims in the ID token itself (like Kakao's), not only from UserInfo.
  conformIdTokenClaims: false,
});
provider.on('server_error', (_ctx, err) => process.stderr.write(`oidc-provider: ${err.stack}\n`));
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
