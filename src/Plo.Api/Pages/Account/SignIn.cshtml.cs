using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Plo.Api.Infrastructure;
using Plo.Api.Web;
using Plo.Application.Staff.SignIn;

namespace Plo.Api.Pages.Account;

/// <summary>
/// Sign-in: the council's identity provider where one is configured; in Development, a list of the staff directory
/// to pick who you are (no password), so that `dotnet run` and a browser are all a newcomer needs.
/// </summary>
public sealed class SignInModel(StaffSignIn directory, IConfiguration configuration) : PloPage
{
    public IReadOnlyList<SignInCandidate> Staff { get; private set; } = [];

    public bool DevelopmentSignIn => PageSignIn.DevelopmentSignIn(configuration);

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!DevelopmentSignIn && PageSignIn.UsesOpenIdConnect(configuration))
        {
            return Challenge(new AuthenticationProperties { RedirectUri = SafeReturn() }, PageSignIn.OpenIdConnect);
        }

        if (DevelopmentSignIn)
        {
            Staff = await directory.ActiveStaffAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string userId, CancellationToken ct)
    {
        if (!DevelopmentSignIn)
        {
            return NotFound();
        }

        var staff = await directory.FindActiveAsync(userId ?? "", ct);
        if (staff is null)
        {
            Errors.Add("userId", "Choose someone who is active in the staff directory.");
            Staff = await directory.ActiveStaffAsync(ct);
            return Page();
        }

        var claims = HttpContext.RequestServices.GetRequiredService<PloClaimTypes>();
        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            claims.Principal(
                staff.UserId,
                staff.DisplayName,
                staff.Roles,
                CookieAuthenticationDefaults.AuthenticationScheme
            )
        );
        return LocalRedirect(SafeReturn());
    }

    private string SafeReturn() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
