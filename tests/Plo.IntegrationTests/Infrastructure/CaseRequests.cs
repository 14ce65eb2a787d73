using System.Net.Http.Json;
using Plo.Application.Cases.OpenCase;

namespace Plo.IntegrationTests.Infrastructure;

public static class CaseRequests
{
    public static OpenCaseCommand Family(string socialWorker = "user-1", string teamManager = "tm-1") =>
        new(
            [
                new ChildInput("Amy", "Example", new DateOnly(2022, 5, 1), null),
                new ChildInput("Baby", "Example", null, new DateOnly(2026, 6, 20)),
            ],
            [
                new FamilyMemberInput(
                    "Sam",
                    "Example",
                    "Mother",
                    true,
                    new AddressInput("1 Test Street", "Flat 2", "Testtown", "zz1 1aa"),
                    "Polish",
                    true,
                    new SolicitorInput("Pat Law", "Example Family Law", "01632 960000", "pat@example.org")
                ),
                new FamilyMemberInput("Lee", "Example", "Grandfather", false, null, null, false, null),
            ],
            socialWorker,
            teamManager,
            "la-1"
        );

    public static async Task<CaseOpened> OpenAsync(HttpClient client, OpenCaseCommand? command = null)
    {
        var response = await client.PostAsJsonAsync("/api/cases", command ?? Family());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CaseOpened>())!;
    }
}
