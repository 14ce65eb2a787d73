namespace Plo.Application.PlainLanguage;

/// <summary>The <c>PlainLanguage</c> configuration section.</summary>
public sealed class PlainLanguageOptions
{
    public const string Section = "PlainLanguage";

    /// <summary>A council's edited rule file; the shipped defaults when empty.</summary>
    public string? RulesPath { get; set; }

    /// <summary>No setting may raise the limit past this (kilobytes).</summary>
    public const int MaxAllowedKilobytes = 1024;

    /// <summary>The largest letter the API will check, in kilobytes of text.</summary>
    public int MaxInputKilobytes { get; set; } = 200;

    /// <summary>The most time one check through the API may take; a longer one is refused.</summary>
    public int TimeBudgetMilliseconds { get; set; } = 2000;
}
