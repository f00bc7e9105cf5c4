/**
 * The bodies the federation endpoint answers with. AWS documents none of its refusals; what is
 * known comes from people who met them:
 *
 * - getSigninToken refusals are HTTP 400 with an HTML page, not JSON: "HTTP Status 400 - Invalid
 *   credentials parameter … description: The request sent by the client was syntactically
 *   incorrect" (AWS Knowledge Center, "Why do I get the error 'Invalid credentials parameter' when
 *   I use SessionDuration…" (premiumsupport/knowledge-center/invalid-credentials-parameter);
 *   99designs/aws-vault#77; Bridgewater/holochrome#8), and gravitational/teleport#22471 logs a
 *   "400 Bad Request" whose headers are the sign-in site's HTML ones (Content-Security-Policy…).
 * - login with GetSessionToken credentials shows a page saying "Only federation tokens or assume
 *   role tokens may be used for federated login. Please contact your administrator."
 *   (99designs/aws-vault#1191). Its HTTP status is not recorded anywhere we found: the playground
 *   answers 400, like the endpoint's other refusals.
 * - An invalid or expired SigninToken at login: nobody has recorded AWS's page. The playground
 *   answers 400 with its own words, and says so in the page.
 *
 * The pages here are short and plain; only the status line and message matter to a client.
 */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** AWS's message for every getSigninToken refusal we have seen reported. */
export const INVALID_CREDENTIALS_PARAMETER = 'Invalid credentials parameter'
/** AWS's description line on that page. */
export const SYNTACTICALLY_INCORRECT = 'The request sent by the client was syntactically incorrect.'
/** AWS's words when credentials that are neither a role session's nor a federated user's reach login (99designs/aws-vault#1191). */
export const ONLY_FEDERATION_OR_ROLE_TOKENS = 'Only federation tokens or assume role tokens may be used for federated login. Please contact your administrator.'
/** The playground's words (AWS's page for this case is not on record). */
export const INVALID_SIGNIN_TOKEN_PAGE = 'The sign-in token is not valid or has expired. Sign-in tokens are valid for 15 minutes. (STS Playground wording: AWS’s page for this case is not on record.)'

/** A status-report page: "HTTP Status 400 - message", then the message and a description. */
export function errorPage(status: number, message: string, description: string): string {
  return [
    '<!DOCTYPE html>',
    `<html><head><title>HTTP Status ${status} - ${escapeHtml(message)}</title></head>`,
    `<body><h1>HTTP Status ${status} - ${escapeHtml(message)}</h1>`,
    '<p><b>type</b> Status report</p>',
    `<p><b>message</b> <u>${escapeHtml(message)}</u></p>`,
    `<p><b>description</b> <u>${escapeHtml(description)}</u></p>`,
    '</body></html>',
    '',
  ].join('\n')
}

/** The getSigninToken answer: `{"SigninToken":"…"}` (IAM User Guide: "Enable custom identity broker access to the AWS console"). */
export function signinTokenJson(token: string): string {
  return JSON.stringify({ SigninToken: token })
}
