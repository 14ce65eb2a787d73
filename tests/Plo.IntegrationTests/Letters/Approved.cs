using System.Runtime.CompilerServices;

namespace Plo.IntegrationTests.Letters;

/// <summary>
/// Approved-output files under Letters/Approved. A difference fails the test and writes the new
/// output beside it as *.received.html to compare; set PLO_APPROVE=1 to accept all new outputs.
/// </summary>
internal static class Approved
{
    public static void Verify(string name, string actual, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(caller)!, "Approved");
        var approved = Path.Combine(folder, name);
        var received = Path.ChangeExtension(approved, ".received.html");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PLO_APPROVE") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approved, actual);
        }

        Assert.True(
            File.Exists(approved),
            $"No approved output {approved}. Run with PLO_APPROVE=1 to create it, then read it."
        );
        var expected = File.ReadAllText(approved).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
        }

        Assert.Equal(expected, actual);
    }
}
