using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Plo.Api.Infrastructure;
using Plo.Api.Web;

namespace Plo.Api.Pages.Account;

/// <summary>Signs out of Plo and, where people sign in with the council's identity provider, out of it
/// too.</summary>
public sealed class SignOutModel(IConfiguration configuration) : PloPage
{
    public IActionResult OnGet() => Page();

    public IActionResult OnPost()
    {
        var properties = new AuthenticationProperties { RedirectUri = "/account/signed-out" };
        return PageSignIn.UsesOpenIdConnect(configuration) && !PageSignIn.DevelopmentSignIn(configuration)
            ? SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme, PageSignIn.OpenIdConnect)
            : SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
