using Microsoft.EntityFrameworkCore;

namespace Plo.IntegrationTests.Cli;

public sealed class ImportCasesTests : IDisposable
{
    private readonly CliDatabase _database = new();

    private const string Staff = """
        user_id,display_name,roles,team,team_manager
        sw.ana,Ana Silva,SocialWorker,North,
        tm.ben,Ben Okafor,TeamManager,North,yes
        """;

    private const string Header =
        "Reference,Child name,Date of birth or due date,Parents,Social worker,Team manager,Panel decision date,Letter "
        + "sent date,"
        + "Initial meeting date,Last review date,Next review date,Status,Rationale";

    /// <summary>Dates relative to today (the CLI runs on the real clock): panel 15 weeks ago, then letter, meetings and
    /// a review.</summary>
    private static readonly string Good =
        Header
        + Rows(
            (
                "OLD-101,Amy Example,2021-04-01,Sam Example; Lee Example,Ana Silva,tm.ben",
                [-105, -101, -90, -48, 10],
                "Pre-proceedings",
                ""
            ),
            (
                "OLD-101,Ben Example,2023-09-01,Sam Example; Lee Example,Ana Silva,tm.ben",
                [-105, -101, -90, -48, 10],
                "Pre-proceedings",
                ""
            ),
            (
                "OLD-102,Kai Fernley,2017-06-10,Dana Fernley,sw.ana,Ben Okafor",
                [-40, -36, null, null, null],
                "Active",
                "The parenting assessment is late."
            )
        );

    private static string Rows(params (string Start, int?[] Days, string Status, string Rationale)[] rows) =>
        string.Concat(
            rows.Select(r => $"\n{r.Start},{string.Join(',', r.Days.Select(DaysFromToday))},{r.Status},{r.Rationale}")
        );

    private async Task WithStaffAsync() =>
        Assert.Equal(0, (await _database.RunAsync("import-staff", CliDatabase.WriteCsv(Staff))).Exit);

    private static string DaysFromToday(int? days) =>
        days is { } n ? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(n).ToString("dd/MM/yyyy", null) : "";

    [Fact]
    public async Task A_good_file_brings_in_each_family_with_its_history()
    {
        await WithStaffAsync();

        var (exit, output, _) = await _database.RunAsync("import-cases", CliDatabase.WriteCsv(Good));

        Assert.True(exit == 0, output);
        Assert.Contains("2 families added, 0 already imported", output, StringComparison.Ordinal);
        var cases = await _database.QueryAsync(db => db.Cases.OrderBy(c => c.FormerReference).ToListAsync());
        Assert.Equal(["OLD-101", "OLD-102"], cases.Select(c => c.FormerReference));
        Assert.All(cases, c => Assert.True(c.Migrated));
        Assert.Equal(2, cases[0].Children.Count);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(today.AddDays(-105), cases[0].Episodes[0].StartDate);
        Assert.Equal(today.AddDays(-101), cases[0].LetterSentOn);
        Assert.Equal(3, cases[0].Meetings.Count); // initial and review held, next review arranged
        Assert.Equal("The parenting assessment is late.", Assert.Single(cases[1].DelayRationales).Narrative);
        var timeline = await _database.QueryAsync(db => db.Timeline.Where(t => t.CaseId == cases[0].Id).ToListAsync());
        Assert.Contains(timeline, t => t.Kind == "letter-sent" && t.OccurredOn == today.AddDays(-101));
    }

    [Fact]
    public async Task One_bad_row_is_reported_by_line_and_field_and_nothing_is_stored()
    {
        await WithStaffAsync();
        var bad =
            Good
            + Rows(
                (
                    "OLD-103,Zed Example,2020-01-01,Jo Example,Nobody Known,tm.ben",
                    [-30, null, null, null, null],
                    "Pre-proceedings",
                    ""
                )
            );

        var (exit, output, _) = await _database.RunAsync("import-cases", CliDatabase.WriteCsv(bad));

        Assert.Equal(1, exit);
        Assert.Contains(":5: social_worker:", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored.", output, StringComparison.Ordinal);
        Assert.Equal(0, await _database.QueryAsync(db => db.Cases.CountAsync()));

        var (_, dates, _) = await _database.RunAsync(
            "import-cases",
            CliDatabase.WriteCsv(
                Header + "\nOLD-104,Zed Example,2020-01-01,Jo Example,sw.ana,tm.ben,2026-03-01,2026-02-01,,,,Active,\n"
            )
        );
        Assert.Contains(
            ":2: letter_sent_date: The letter before proceedings cannot be before the panel's decision.",
            dates,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_same_file_twice_adds_nothing_the_second_time()
    {
        await WithStaffAsync();
        var file = CliDatabase.WriteCsv(Good);
        await _database.RunAsync("import-cases", file);

        var (exit, output, _) = await _database.RunAsync("import-cases", file);

        Assert.Equal(0, exit);
        Assert.Contains("0 families added, 2 already imported", output, StringComparison.Ordinal);
        Assert.Equal(2, await _database.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task A_dry_run_checks_and_stores_nothing()
    {
        await WithStaffAsync();

        var (exit, output, _) = await _database.RunAsync("import-cases", CliDatabase.WriteCsv(Good), "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("every row is valid", output, StringComparison.Ordinal);
        Assert.Equal(0, await _database.QueryAsync(db => db.Cases.CountAsync()));
    }

    public void Dispose() => _database.Dispose();
}
