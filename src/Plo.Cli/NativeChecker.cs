using System.Diagnostics.CodeAnalysis;

namespace Plo.Cli;

/// <summary>
/// <c>plo</c> is built two ways from this project: the full tool (every command; what <c>dotnet run</c> makes) and
/// the native letter checker (<c>-p:PloNative=true</c>: Native AOT, <c>check-letter</c> only), which starts in a few
/// milliseconds. The switch is fixed when the native build is trimmed, so the host, EF Core and Scriban code the
/// other commands need is left out of it rather than compiled ahead of time.
/// </summary>
internal static class NativeChecker
{
    private const string Switch = "Plo.Cli.NativeChecker";

    [FeatureSwitchDefinition(Switch)]
    public static bool IsNative => AppContext.TryGetSwitch(Switch, out var native) && native;
}
