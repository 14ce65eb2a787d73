namespace Plo.BrowserTests;

/// <summary>
/// A browser test. It needs the system Chromium; where Chromium is missing it is skipped with how to install it,
/// except in CI (the <c>CI</c> variable set), where it runs and fails, so that CI never passes without them.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip =
                $"Chromium is not installed at {Chromium}: run `sudo apt-get install -y chromium` to run the "
                + "browser tests.";
        }
    }
}
