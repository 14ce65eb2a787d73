using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;

namespace Plo.IntegrationTests.Infrastructure;

/// <summary>Drives one family through the journey over HTTP, as each role would, keeping the case version.</summary>
public sealed class JourneyDriver(PloApiFactory api, Guid caseId, int version)
{
    public Guid CaseId { get; } = caseId;
    public int Version { get; private set; } = version;

    public HttpClient Panel { get; } = api.ClientFor(Roles.GatewayPanel, "panel-1");
    public HttpClient Worker { get; } = api.ClientFor(Roles.SocialWorker, "user-1");
    public HttpClient Manager { get; } = api.ClientFor(Roles.TeamManager, "tm-1");
    public HttpClient Senior { get; } = api.ClientFor(Roles.SeniorManager, "sm-1");

    public static async Task<JourneyDriver> OpenAsync(PloApiFactory api)
    {
        var opened = await CaseRequests.OpenAsync(api.ClientFor(Roles.SocialWorker, "user-1"));
        return new JourneyDriver(api, opened.CaseId, 1);
    }

    public static async Task<JourneyDriver> EnteredAsync(PloApiFactory api, DateOnly panelDate)
    {
        var driver = await OpenAsync(api);
        await driver.DecideAsync(panelDate, "EnterPreProceedings");
        return driver;
    }

    public async Task<Guid> ScheduleGatewayMeetingAsync(DateOnly date)
    {
        var response = await Panel.PostAsJsonAsync(
            "/api/gateway-meetings",
            new
            {
                meetingDate = date,
                chair = "Head of Service",
                attendees = new[]
                {
                    new { name = "Pat Lawyer", role = "Lawyer" },
                    new { name = "Jo Manager", role = "Team manager" },
                },
                agenda = new[] { CaseId },
            }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> DecideAsync(DateOnly date, string option, object? extra = null)
    {
        var meetingId = await ScheduleGatewayMeetingAsync(date);
        return await SendAsync(
            Panel,
            HttpMethod.Post,
            $"/api/gateway-meetings/{meetingId}/decisions",
            Merge(
                new
                {
                    caseId = CaseId,
                    option,
                    rationale = "Threshold met: repeated neglect despite a child protection plan.",
                    thresholdMet = true,
                },
                extra
            )
        );
    }

    /// <summary>Sends a change with the current version; on success, keeps the new version.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        var request = new HttpRequestMessage(method, path)
        {
            Content = JsonContent.Create(Merge(new { version = Version }, body)),
        };
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.Content = new StringContent(
            text,
            System.Text.Encoding.UTF8,
            response.Content.Headers.ContentType?.MediaType ?? "application/json"
        );
        if (response.IsSuccessStatusCode)
        {
            Version = JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt32();
        }

        return response;
    }

    public Task<HttpResponseMessage> ChangeAsync(
        HttpClient client,
        string relativePath,
        object body,
        HttpMethod? method = null
    ) => SendAsync(client, method ?? HttpMethod.Post, $"/api/cases/{CaseId}/{relativePath}", body);

    /// <summary>Schedules a meeting and returns its id.</summary>
    public async Task<Guid> ScheduleMeetingAsync(
        HttpClient client,
        string kind,
        string scheduledOn,
        string startsAt,
        string place
    ) => (
            await ItemAsync(
                await ChangeAsync(
                    client,
                    "meetings",
                    new
                    {
                        kind,
                        scheduledOn,
                        startsAt,
                        place,
                    }
                )
            )
        ).GetProperty("itemId").GetGuid();

    /// <summary>A senior manager records the reason for a delay; returns the rationale.</summary>
    public async Task<JsonElement> RecordDelayRationaleAsync(string reason, string narrative, string revisedDate) =>
        await ItemAsync(
            await ChangeAsync(
                Senior,
                "delay-rationales",
                new
                {
                    reason,
                    narrative,
                    revisedDate,
                }
            )
        );

    public static async Task<JsonElement> ItemAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Assert.Fail($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<JsonElement> GetAsync(string relativePath, HttpClient? client = null) =>
        (client ?? Worker).GetFromJsonAsync<JsonElement>($"/api/cases/{CaseId}/{relativePath}");

    private static Dictionary<string, object?> Merge(object first, object? second)
    {
        var merged = JsonSerializer
            .SerializeToElement(first)
            .EnumerateObject()
            .ToDictionary(p => p.Name, p => (object?)p.Value);
        if (second is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(second).EnumerateObject())
            {
                merged[property.Name] = property.Value;
            }
        }

        return merged;
    }
}
