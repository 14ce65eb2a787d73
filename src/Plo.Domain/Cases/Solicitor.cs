namespace Plo.Domain.Cases;

public sealed record Solicitor(string Name, string? Firm, string? Phone, string? Email);
