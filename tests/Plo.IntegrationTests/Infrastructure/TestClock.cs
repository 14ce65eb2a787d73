namespace Plo.IntegrationTests.Infrastructure;

/// <summary>A clock the tests set to any moment, forwards or back (tests in a class run one at a time).</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void SetUtcNow(DateTimeOffset now) => _now = now;
}
