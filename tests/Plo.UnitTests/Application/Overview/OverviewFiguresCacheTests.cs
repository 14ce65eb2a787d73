using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;
using Plo.Application.Overview.GetOverview;
using Plo.Domain.Journey;

namespace Plo.UnitTests.Application.Overview;

public sealed class OverviewFiguresCacheTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly DataVersion _version = new();
    private readonly OverviewFiguresCache _cache;
    private readonly List<IReadOnlySet<Guid>?> _reads = [];
    private readonly Dictionary<Guid, string> _workers = [];
    private readonly Guid _a = Guid.NewGuid();
    private readonly Guid _b = Guid.NewGuid();

    public OverviewFiguresCacheTests()
    {
        _cache = new OverviewFiguresCache(_version, _clock, Options.Create(new ReadCacheOptions { Seconds = 30 }));
        _workers[_a] = "sw-1";
        _workers[_b] = "sw-1";
    }

    public void Dispose() => _cache.Dispose();

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    /// <summary>A database of one child a case, held by the worker <see cref="_workers"/> names; each read is
    /// recorded.</summary>
    private Task<CaseFiguresRead> Read(IReadOnlySet<Guid>? cases)
    {
        _reads.Add(cases);
        var facts = _workers
            .Where(w => cases is null || cases.Contains(w.Key))
            .Select(w => SummaryFact.Of(w.Key, Guid.NewGuid(), w.Value, "PLO-1", EpisodeStage.LetterSent, 1, null, 0))
            .ToList();
        return Task.FromResult(new CaseFiguresRead(facts, [], [], []));
    }

    private async Task<string[]> WorkersAsync() =>
        [.. (await _cache.GetAsync(Today, Read, default)).Facts.Select(f => f.SocialWorkerId).Order()];

    [Fact]
    public async Task Every_case_is_read_once_then_only_the_cases_a_change_touched()
    {
        Assert.Equal(["sw-1", "sw-1"], await WorkersAsync());
        Assert.Equal(["sw-1", "sw-1"], await WorkersAsync());
        _workers[_a] = "sw-2";
        _version.Bump([_a]);
        Assert.Equal(["sw-1", "sw-2"], await WorkersAsync());

        Assert.Equal(2, _reads.Count);
        Assert.Null(_reads[0]);
        Assert.Equal([_a], _reads[1]!);
    }

    [Fact]
    public async Task A_change_to_other_data_a_new_day_or_the_seconds_passing_reads_every_case_again()
    {
        await WorkersAsync();
        _version.Bump();
        await WorkersAsync();
        _clock.Advance(TimeSpan.FromDays(1));
        await WorkersAsync();
        _clock.Advance(TimeSpan.FromSeconds(29));
        _version.Bump([_b]);
        await WorkersAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await WorkersAsync();

        Assert.Equal([true, true, true, false, true], _reads.Select(r => r is null));
    }

    [Fact]
    public async Task A_change_to_the_staff_directory_alone_reads_no_case_again()
    {
        await WorkersAsync();
        _version.Bump([], directory: true);
        await WorkersAsync();
        _version.Bump([_a], directory: true);
        await WorkersAsync();

        // What a reader reaches is matched to the figures as they read (OverviewFigures.Within).
        Assert.Equal([null, _a], _reads.Select(r => r?.Single()));
    }

    [Fact]
    public async Task A_reader_with_a_reach_takes_the_figures_of_the_cases_they_reach()
    {
        var figures = await _cache.GetAsync(Today, Read, default);
        var c = Guid.NewGuid();
        _workers[c] = "sw-2";
        _version.Bump([c]);
        var changed = await _cache.GetAsync(Today, Read, default);

        Assert.Equal([_a], figures.Within([_a, c]).Facts.Select(f => f.CaseId));
        Assert.Equal(
            new HashSet<Guid> { _a, c },
            changed.Within([_a, c, Guid.NewGuid()]).Facts.Select(f => f.CaseId).ToHashSet()
        );
        Assert.Empty(changed.Within([]).Facts);
        Assert.Equal(3, changed.Facts.Count);
    }

    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan InUse = TimeSpan.FromMinutes(15);

    private bool Due() => _cache.DueForRefresh(Today, Lead, InUse);

    private Task RefreshAsync(Func<IReadOnlySet<Guid>?, Task<CaseFiguresRead>>? read = null, bool asRead = false) =>
        _cache.RefreshAsync(Today, read ?? Read, default, asRead);

    [Fact]
    public async Task Figures_in_use_are_read_again_ahead_of_their_expiry_and_of_a_new_day()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 23, 59, 0, TimeSpan.Zero));
        await WorkersAsync();
        Assert.False(Due());
        _clock.Advance(TimeSpan.FromSeconds(21));
        Assert.True(Due());
        await RefreshAsync();
        Assert.False(Due());

        // Past the first read's expiry, and into a new day: each read ahead of the reader.
        _clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(["sw-1", "sw-1"], await WorkersAsync());
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(new DateOnly(2026, 3, 3), Today);
        Assert.True(Due());
        await RefreshAsync();
        Assert.Equal(["sw-1", "sw-1"], await WorkersAsync());

        Assert.Equal([true, true, true], _reads.Select(r => r is null));
        Assert.Equal(3, _cache.FullReads);
    }

    [Fact]
    public async Task Figures_nobody_has_asked_for_lately_are_left_to_expire()
    {
        await WorkersAsync();
        var refreshed = 0;
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromMinutes(20); elapsed += TimeSpan.FromSeconds(5))
        {
            _clock.Advance(TimeSpan.FromSeconds(5));
            if (Due())
            {
                await RefreshAsync();
                refreshed++;
            }
        }

        // Read ahead every 20 seconds for the 15 minutes after the reader last asked (reading ahead is not asking).
        Assert.InRange(refreshed, 44, 46);
        Assert.False(Due());
    }

    [Fact]
    public async Task Figures_read_at_start_serve_the_first_reader()
    {
        await RefreshAsync(asRead: true);

        Assert.Equal(["sw-1", "sw-1"], await WorkersAsync());
        Assert.Equal(1, _cache.FullReads);
        Assert.Single(_reads);
    }

    [Fact]
    public async Task Figures_read_at_start_are_kept_warm_as_if_read_then()
    {
        Assert.False(Due());
        await RefreshAsync(asRead: true);
        _clock.Advance(TimeSpan.FromSeconds(21));
        Assert.True(Due());
        await RefreshAsync();

        // Nobody reads: left to expire 15 minutes after the start, as after a read.
        _clock.Advance(TimeSpan.FromMinutes(15));
        Assert.False(Due());
        Assert.Equal(2, _cache.FullReads);
    }

    [Fact]
    public async Task A_change_committed_while_reading_ahead_is_read_by_the_next_reader()
    {
        await WorkersAsync();
        _clock.Advance(TimeSpan.FromSeconds(21));
        await RefreshAsync(async cases =>
        {
            var read = await Read(cases);
            _workers[_a] = "sw-2";
            _version.Bump([_a]);
            return read;
        });

        Assert.Equal(["sw-1", "sw-2"], await WorkersAsync());
        Assert.Equal([null, null, _a], _reads.Select(r => r?.Single()));
    }

    [Fact]
    public async Task A_read_ahead_does_not_replace_figures_a_reader_read_after_it_began()
    {
        await WorkersAsync();
        _clock.Advance(TimeSpan.FromSeconds(21));
        await RefreshAsync(async cases =>
        {
            var read = await Read(cases);
            // Meanwhile every case changes, is read by a reader, and their figures are kept.
            _clock.Advance(TimeSpan.FromSeconds(1));
            _workers[_a] = "sw-3";
            _version.Bump();
            Assert.Equal(["sw-1", "sw-3"], await WorkersAsync());
            return read;
        });

        Assert.Equal(["sw-1", "sw-3"], await WorkersAsync());
        Assert.Equal(3, _cache.FullReads);
        Assert.Equal(3, _reads.Count);
    }

    [Fact]
    public async Task A_case_no_longer_found_drops_out()
    {
        await WorkersAsync();
        _workers.Remove(_b);
        _version.Bump([_b]);

        Assert.Equal(["sw-1"], await WorkersAsync());
    }
}
