using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Plo.IntegrationTests.Infrastructure;

/// <summary>A browser-like client for the pages: it keeps cookies, does not follow redirects, and signs in through
/// the Development sign-in page.</summary>
public static partial class PageSession
{
    public static HttpClient Client(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }
        );

    public static async Task<HttpClient> SignInAsync(PloApiFactory factory, string userId, params string[] roles)
    {
        factory.Directory.Register(userId, roles);
        var client = Client(factory);
        var response = await PostFormAsync(client, "/account/sign-in", new() { ["userId"] = userId });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts a form as the page would: the anti-forgery token and the page's hidden fields (such as the
    /// version it was read at) are taken from the page first, unless the test gives them.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client,
        string path,
        Dictionary<string, string> fields
    )
    {
        var page = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        foreach (Match hidden in Hidden().Matches(page))
        {
            fields.TryAdd(hidden.Groups[1].Value, hidden.Groups[2].Value);
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex Hidden();
}
