using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;

namespace Plo.UnitTests.Application.Caching;

public class ReadCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly DataVersion _version = new();
    private int _computed;

    private sealed class SmallCache(DataVersion version, TimeProvider clock, int seconds)
        : ReadCache<string>(version, clock, Options.Create(new ReadCacheOptions { Seconds = seconds }), capacity: 2);

    private Task<string> Compute(string key) => Task.FromResult($"{key}#{++_computed}");

    private ValueTask<string> Get(SmallCache cache, string key) => cache.GetAsync(key, () => Compute(key));

    [Fact]
    public async Task A_value_is_served_again_until_a_change_is_committed_or_the_seconds_pass()
    {
        var cache = new SmallCache(_version, _clock, seconds: 30);

        var first = await Get(cache, "a");
        var again = await Get(cache, "a");
        _version.Bump();
        var afterChange = await Get(cache, "a");
        _clock.Advance(TimeSpan.FromSeconds(29));
        var before = await Get(cache, "a");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var after = await Get(cache, "a");

        Assert.Equal(["a#1", "a#1", "a#2", "a#2", "a#3"], new[] { first, again, afterChange, before, after });
    }

    [Fact]
    public async Task Zero_seconds_computes_every_time()
    {
        var cache = new SmallCache(_version, _clock, seconds: 0);

        Assert.Equal("a#1", await Get(cache, "a"));
        Assert.Equal("a#2", await Get(cache, "a"));
    }

    [Fact]
    public async Task A_full_cache_starts_again_rather_than_growing()
    {
        var cache = new SmallCache(_version, _clock, seconds: 30);
        await Get(cache, "a");
        await Get(cache, "b");

        await Get(cache, "c"); // over capacity: what was kept is let go
        var a = await Get(cache, "a");

        Assert.Equal("a#4", a);
    }
}
