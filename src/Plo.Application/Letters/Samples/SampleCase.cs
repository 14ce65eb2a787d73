using Plo.Application.Letters.Model;
using Plo.Domain.Cases;

namespace Plo.Application.Letters.Samples;

/// <summary>An invented family at a fixed date, for template lint and golden tests.</summary>
public sealed record SampleCase(
    string Name,
    FamilyCase Case,
    FamilyMember Recipient,
    DateOnly Today,
    HearingInput Hearing
);
