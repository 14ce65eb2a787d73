using Microsoft.EntityFrameworkCore;

namespace Plo.IntegrationTests.Cli;

public sealed class ImportStaffTests : IDisposable
{
    private readonly CliDatabase _database = new();

    private const string Good = """
        User ID,Display name,Roles,Team,Team manager,Job title,Phone,Email,Active
        sw.ana,Ana Silva,SocialWorker,North,,Social worker,01632 960501,ana.silva@example.org,yes
        tm.ben,Ben Okafor,TeamManager,North,yes,Team manager,01632 960502,ben.okafor@example.org,yes
        sm.cy,Cy Dale,SeniorManager;GatewayPanel,,,Head of service,,,
        """;

    [Fact]
    public async Task A_good_file_fills_the_directory_and_its_teams()
    {
        var (exit, output, _) = await _database.RunAsync("import-staff", CliDatabase.WriteCsv(Good));

        Assert.Equal(0, exit);
        Assert.Contains("3 added, 0 updated", output, StringComparison.Ordinal);
        var staff = await _database.QueryAsync(db => db.Staff.OrderBy(s => s.UserId).ToListAsync());
        var north = await _database.QueryAsync(db => db.Teams.SingleAsync(t => t.Name == "North"));
        Assert.Equal(["sm.cy", "sw.ana", "tm.ben"], staff.Select(s => s.UserId));
        Assert.Equal("tm.ben", north.ManagerId);
        Assert.Equal(["SeniorManager", "GatewayPanel"], staff[0].Roles);
        Assert.Equal(north.Id, staff[1].TeamId);
    }

    [Fact]
    public async Task One_bad_row_is_reported_by_line_and_column_and_nothing_is_stored()
    {
        var bad = Good + "\nsw.dee,Dee\u202Eevil,Director,North,,,,not-an-email,maybe\n";

        var (exit, output, _) = await _database.RunAsync("import-staff", CliDatabase.WriteCsv(bad));

        Assert.Equal(1, exit);
        Assert.Contains(":5: display_name:", output, StringComparison.Ordinal);
        Assert.Contains(":5: roles", output, StringComparison.Ordinal);
        Assert.Contains(":5: email:", output, StringComparison.Ordinal);
        Assert.Contains(":5: active: Write yes or no.", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored.", output, StringComparison.Ordinal);
        Assert.Equal(0, await _database.QueryAsync(db => db.Staff.CountAsync()));
    }

    [Fact]
    public async Task The_same_file_twice_updates_rather_than_duplicates()
    {
        var file = CliDatabase.WriteCsv(Good);
        await _database.RunAsync("import-staff", file);

        var (exit, output, _) = await _database.RunAsync("import-staff", file);

        Assert.Equal(0, exit);
        Assert.Contains("0 added, 3 updated", output, StringComparison.Ordinal);
        Assert.Equal(3, await _database.QueryAsync(db => db.Staff.CountAsync()));
        Assert.Equal(1, await _database.QueryAsync(db => db.Teams.CountAsync()));
    }

    [Fact]
    public async Task A_whole_caseload_is_read_as_a_number_of_children()
    {
        var file = """
            User ID,Display name,Roles,Total caseload
            sw.ana,Ana Silva,SocialWorker,18
            sw.eli,Eli Park,SocialWorker,
            """;
        var (exit, _, _) = await _database.RunAsync("import-staff", CliDatabase.WriteCsv(file));

        Assert.Equal(0, exit);
        var staff = await _database.QueryAsync(db => db.Staff.OrderBy(s => s.UserId).ToListAsync());
        Assert.Equal([18, null], staff.Select(s => s.TotalCaseload));

        var (badExit, output, _) = await _database.RunAsync(
            "import-staff",
            CliDatabase.WriteCsv(file.Replace(",18", ",lots", StringComparison.Ordinal))
        );
        Assert.Equal(1, badExit);
        Assert.Contains(":2: total_caseload: Write a whole number", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_checks_and_stores_nothing()
    {
        var (exit, output, _) = await _database.RunAsync("import-staff", CliDatabase.WriteCsv(Good), "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("every row is valid", output, StringComparison.Ordinal);
        Assert.Equal(0, await _database.QueryAsync(db => db.Staff.CountAsync()));
    }

    [Fact]
    public async Task A_missing_column_or_file_is_a_clear_refusal()
    {
        var (missingColumn, output, _) = await _database.RunAsync(
            "import-staff",
            CliDatabase.WriteCsv("user_id,roles\nsw.x,SocialWorker\n")
        );
        var (missingFile, _, error) = await _database.RunAsync("import-staff", "/nowhere/staff.csv");

        Assert.Equal(1, missingColumn);
        Assert.Contains(":1: display_name: This column is missing.", output, StringComparison.Ordinal);
        Assert.Equal(2, missingFile);
        Assert.Contains("No file at /nowhere/staff.csv", error, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
