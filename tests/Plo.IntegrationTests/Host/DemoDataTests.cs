using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Letters;
using Plo.Application.Letters.Samples;
using Plo.Cli.Commands;
using Plo.Domain.Letters;
using Plo.Infrastructure.DemoData;
using Plo.IntegrationTests.Infrastructure;
using Plo.PlainLanguage.Model;

namespace Plo.IntegrationTests.Host;

public sealed class DemoApiFactory : PloApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SeedDemoData", "true");
    }
}

public class DemoDataTests(DemoApiFactory api) : IClassFixture<DemoApiFactory>
{
    [Fact]
    public async Task Seeds_families_at_different_stages_once()
    {
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }

        var client = api.ClientFor(Roles.SeniorManager, "sm");
        var cases = await client.GetFromJsonAsync<JsonElement>("/api/cases?pageSize=50");
        Assert.Equal(4, cases.GetProperty("totalCount").GetInt32());

        var statuses = new List<string>();
        foreach (var item in cases.GetProperty("items").EnumerateArray())
        {
            var points = await client.GetFromJsonAsync<JsonElement>(
                $"/api/cases/{item.GetProperty("id").GetGuid()}/review-points"
            );
            statuses.Add(points.GetProperty("rationaleStatus").GetString()!);
        }

        Assert.Contains("missing", statuses);
        Assert.Contains("recorded", statuses);
        Assert.True(await api.InDatabaseAsync(db => db.Timeline.AnyAsync()));
    }

    /// <summary>The template lint holds the sample families; this holds the demo families too, whose names, dates,
    /// places and plans are longer and less tidy, to the same grade and reading ease. (Their findings are the
    /// case's: a demo family may still lack a meeting or a contingency plan, and the letter says so.)</summary>
    [Fact]
    public async Task Every_letter_a_demo_family_may_have_reads_at_grade_five_or_below_and_ease_75_or_above()
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<IPloDbContext>();
        var drafter = scope.ServiceProvider.GetRequiredService<LetterDrafter>();
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().Date);
        var problems = new List<string>();
        foreach (var id in await db.Cases.Select(c => c.Id).ToListAsync())
        {
            var familyCase = await db.LoadCaseAsync(id, CancellationToken.None);
            // Every letter the case may have now (a letter that cannot be sent yet lacks its meeting or its plan).
            foreach (var kind in LetterKindRules.All.Keys.Where(k => LetterKindRules.WhyNotNow(k, familyCase) is null))
            {
                foreach (var recipient in familyCase.FamilyMembers.Where(m => m.ReceivesLetters))
                {
                    var content = drafter.Preview(familyCase, recipient, kind, SampleCouncil.Contacts, today, null);
                    var report = JsonSerializer.Deserialize<LetterReport>(content.ReportJson, LetterReport.Json)!;
                    problems.AddRange(
                        LintTemplatesCommand
                            .Problems(report)
                            .Where(p =>
                                p.StartsWith("grade", StringComparison.Ordinal)
                                || p.StartsWith("reading", StringComparison.Ordinal)
                            )
                            .Select(p => $"{familyCase.Reference} {kind} to {recipient.FirstName}: {p}")
                    );
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
