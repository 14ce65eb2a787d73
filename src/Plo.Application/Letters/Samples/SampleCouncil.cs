using Plo.Application.Letters.Model;

namespace Plo.Application.Letters.Samples;

/// <summary>An invented council for template lint and tests (real councils configure the <c>Council</c> section).</summary>
public static class SampleCouncil
{
    public static CouncilOptions Options => new()
    {
        Name = "Exampletown Council children's services",
        AddressLines = ["1 Civic Way", "Exampletown", "ZZ9 9ZZ"],
        Phone = "01632 960100",
        Email = "childrens.services@example.org",
        LegalTeam = new StaffEntry { Id = "legal", Name = "the council's legal team", Phone = "01632 960200", Email = "legal@example.org" },
        Solicitors =
        [
            new SolicitorEntry { Name = "Example Family Law", Address = "3 High Street, Exampletown ZZ9 1AB", Phone = "01632 960300" },
            new SolicitorEntry { Name = "Sample and Partners", Address = "12 Market Square, Exampletown ZZ9 2CD", Phone = "01632 960400" },
        ],
        Staff =
        [
            new StaffEntry { Id = "sw.jordan", Name = "Jordan Shah", Phone = "01632 960123", Email = "jordan.shah@example.org" },
            new StaffEntry { Id = "la.rivers", Name = "Pat Rivers", Phone = "01632 960456", Email = "pat.rivers@example.org" },
        ],
    };
}
