namespace Plo.Domain.Cases;

public sealed record Address(string Line1, string? Line2, string Town, string Postcode);
