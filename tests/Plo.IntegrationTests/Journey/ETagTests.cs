using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Journey;

public class ETagTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private static HttpRequestMessage Put(string path, string ifMatch, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task A_single_resource_carries_its_version_as_an_etag_that_if_match_sends_back()
    {
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        var read = await journey.Worker.GetAsync($"/api/cases/{journey.CaseId}");
        var version = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        Assert.Equal($"\"{version}\"", read.Headers.ETag!.ToString());
        Assert.Equal(
            read.Headers.ETag,
            (await journey.Worker.GetAsync($"/api/cases/{journey.CaseId}/plan")).Headers.ETag
        );

        var path = $"/api/cases/{journey.CaseId}/plan";
        var saved = await journey.Worker.SendAsync(Put(path, read.Headers.ETag.ToString(), Plans.WithContingency));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(
            version + 1,
            (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32()
        );

        var stale = await journey.Worker.SendAsync(Put(path, read.Headers.ETag.ToString(), Plans.WithContingency));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var disagreeing = await journey.Worker.SendAsync(
            Put(
                path,
                $"\"{version + 1}\"",
                new Dictionary<string, object>
                {
                    ["version"] = version,
                    ["contingencyPlan"] = "If things do not change, we will go to court.",
                }
            )
        );
        Assert.Equal(HttpStatusCode.PreconditionFailed, disagreeing.StatusCode);
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await journey.Worker.SendAsync(Put(path, "W/\"1\"", Plans.WithContingency))).StatusCode
        );
    }

    [Fact]
    public async Task A_letter_has_its_own_version_and_drafting_it_leaves_the_cases_alone()
    {
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        var before = (await journey.GetAsync("")).GetProperty("version").GetInt32();
        var drafted = await journey.Worker.PostAsJsonAsync(
            $"/api/cases/{journey.CaseId}/letters",
            new { kind = "LetterBeforeProceedings" }
        );
        var id = (await drafted.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetGuid();

        var letter = await journey.Worker.GetAsync($"/api/letters/{id}");
        var letterVersion = (await letter.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        Assert.Equal($"\"{letterVersion}\"", letter.Headers.ETag!.ToString());
        Assert.Equal(before, (await journey.GetAsync("")).GetProperty("version").GetInt32());
    }
}
