using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;

namespace Plo.Api.Pages;

/// <summary>After sign-in, each person starts on their role's home page.</summary>
public sealed class IndexModel : PloPage
{
    public IActionResult OnGet() => Redirect(Me.HomePath);
}
