using System.Net.Http.Headers;
using System.Net.Http.Json;
using Plo.Application.Cases.OpenCase;

namespace Plo.BrowserTests;

/// <summary>A new family of made-up people, opened through the API as an integration would, for the panel to
/// decide about.</summary>
public static class Families
{
    public static async Task<string> OpenAsync(BrowserApp app, string lastName)
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            app.Token("tm.quinn", "TeamManager")
        );
        var response = await client.PostAsJsonAsync(
            "/api/cases",
            new OpenCaseCommand(
                [new ChildInput("Robin", lastName, new DateOnly(2021, 4, 12), null)],
                [
                    new FamilyMemberInput(
                        "Alex",
                        lastName,
                        "Mother",
                        true,
                        new AddressInput("4 Sample Road", null, "Exampletown", "ZZ9 4AA"),
                        null,
                        false,
                        null
                    ),
                ],
                "sw.jordan",
                "tm.quinn",
                null
            )
        );
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CaseOpened>())!.Reference;
    }
}
