namespace Plo.Domain.Cases;

/// <summary>Stored lengths, shared by the model, the database mapping and the validators.</summary>
public static class FieldLengths
{
    public const int Name = 100;
    public const int Relationship = 50;
    public const int AddressLine = 100;
    public const int Postcode = 10;
    public const int Language = 50;
    public const int Phone = 30;
    public const int Email = 254;
    public const int UserId = 100;
    public const int Reference = 20;
}
