// Runs first in <body>: lets GOV.UK Frontend know script is available (no inline script under our CSP).
document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) {
  document.body.classList.add("govuk-frontend-supported");
}
