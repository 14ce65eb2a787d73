namespace Plo.Application.Letters.Model;

/// <summary>The first court hearing, for the letter of issue.</summary>
public sealed record HearingInput(DateOnly Date, TimeOnly Time, string Court);
