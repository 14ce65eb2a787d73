namespace Plo.Application.Common.Security;

/// <summary>The role names, exactly as they appear in tokens.</summary>
public static class Roles
{
    public const string SocialWorker = nameof(SocialWorker);
    public const string TeamManager = nameof(TeamManager);
    public const string LegalAdviser = nameof(LegalAdviser);
    public const string GatewayPanel = nameof(GatewayPanel);
    public const string SeniorManager = nameof(SeniorManager);

    public static readonly IReadOnlyList<string> All =
    [
        SocialWorker,
        TeamManager,
        LegalAdviser,
        GatewayPanel,
        SeniorManager,
    ];

    /// <summary>The role as staff say it: "Team manager", "Gateway panel".</summary>
    public static string InWords(string role) =>
        role switch
        {
            SocialWorker => "Social worker",
            TeamManager => "Team manager",
            LegalAdviser => "Legal adviser",
            GatewayPanel => "Gateway panel",
            SeniorManager => "Senior manager",
            _ => role,
        };
}
