using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Planning.GetPlan;
using Plo.Application.Planning.UpdatePlan;
using Plo.Domain.Planning;

namespace Plo.Api.Pages.Cases;

/// <summary>
/// The plan, edited in the browser: worries (each tied to a date or an event), what must change, the help offered,
/// the family network and the contingency plan. Empty rows are left out; the page says plainly when there is no
/// contingency plan.
/// </summary>
public sealed class PlanModel : CasePage
{
    private const int SpareRows = 2;

    public override string Section => "plan";

    public PlanDto Plan { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    /// <summary>The letter the person came from to fix a finding, to go back to and regenerate.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Letter { get; set; }

    public bool Saved { get; private set; }

    [BindProperty]
    public List<ConcernRow> Concerns { get; set; } = [];

    [BindProperty]
    public List<ChangeRow> Changes { get; set; } = [];

    [BindProperty]
    public List<SupportRow> Support { get; set; } = [];

    [BindProperty]
    public NetworkForm FamilyNetwork { get; set; } = new();

    [BindProperty]
    public string? ContingencyPlan { get; set; }

    public sealed class ConcernRow
    {
        public string? Description { get; set; }
        public DateParts OccurredOn { get; set; } = new();
        public string? Event { get; set; }
        public bool IsEmpty =>
            string.IsNullOrWhiteSpace(Description) && OccurredOn.IsEmpty && string.IsNullOrWhiteSpace(Event);
    }

    public sealed class ChangeRow
    {
        public string? What { get; set; }
        public string? Who { get; set; }
        public DateParts ByWhen { get; set; } = new();
        public bool IsEmpty => string.IsNullOrWhiteSpace(What) && string.IsNullOrWhiteSpace(Who) && ByWhen.IsEmpty;
    }

    public sealed class SupportRow
    {
        public string? Service { get; set; }
        public string? Who { get; set; }
        public string? When { get; set; }
        public bool AlreadyGiven { get; set; }
        public bool IsEmpty =>
            string.IsNullOrWhiteSpace(Service) && string.IsNullOrWhiteSpace(Who) && string.IsNullOrWhiteSpace(When);
    }

    public sealed class NetworkForm
    {
        public bool FgcOffered { get; set; }
        public DateParts OfferedOn { get; set; } = new();
        public DateParts HeldOn { get; set; } = new();
        public bool Declined { get; set; }
        public DateParts DeclinedOn { get; set; } = new();
        public bool IsEmpty => !FgcOffered && !Declined && OfferedOn.IsEmpty && HeldOn.IsEmpty && DeclinedOn.IsEmpty;
    }

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        await LoadAsync();
        Version = Plan.Version;
        Concerns =
        [
            .. Plan.Concerns.Select(c => new ConcernRow
            {
                Description = c.Description,
                OccurredOn = DateParts.Of(c.OccurredOn),
                Event = c.Event,
            }),
        ];
        Changes =
        [
            .. Plan.Changes.Select(c => new ChangeRow
            {
                What = c.What,
                Who = c.Who,
                ByWhen = DateParts.Of(c.ByWhen),
            }),
        ];
        Support =
        [
            .. Plan.Support.Select(s => new SupportRow
            {
                Service = s.Service,
                Who = s.Who,
                When = s.When,
                AlreadyGiven = s.AlreadyGiven,
            }),
        ];
        if (Plan.FamilyNetwork is { } n)
        {
            FamilyNetwork = new NetworkForm
            {
                FgcOffered = n.FgcOffered,
                OfferedOn = DateParts.Of(n.OfferedOn),
                HeldOn = DateParts.Of(n.HeldOn),
                Declined = n.Declined,
                DeclinedOn = DateParts.Of(n.DeclinedOn),
            };
        }

        ContingencyPlan = Plan.ContingencyPlan;
        AddSpareRows();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        // Filled rows first, so the API's keys (changes[1].who) point at the rows shown again.
        Concerns = [.. Concerns.Where(r => !r.IsEmpty)];
        Changes = [.. Changes.Where(r => !r.IsEmpty)];
        Support = [.. Support.Where(r => !r.IsEmpty)];
        var concerns = Concerns
            .Select(
                (r, i) =>
                    new Concern(
                        r.Description ?? "",
                        r.OccurredOn.Read(Errors, $"concerns[{i}].occurredOn", "the date", required: false),
                        Blank(r.Event)
                    )
            )
            .ToList();
        var changes = Changes
            .Select(
                (r, i) =>
                    new RequiredChange(
                        r.What ?? "",
                        r.Who ?? "",
                        r.ByWhen.Read(Errors, $"changes[{i}].byWhen", "the date it must change by") ?? default
                    )
            )
            .ToList();
        var support = Support
            .Select(r => new SupportOffer(r.Service ?? "", r.Who ?? "", r.When ?? "", r.AlreadyGiven))
            .ToList();
        var network = FamilyNetwork.IsEmpty
            ? null
            : new FamilyNetwork(
                FamilyNetwork.FgcOffered,
                FamilyNetwork.OfferedOn.Read(
                    Errors,
                    "familyNetwork.offeredOn",
                    "the date it was offered",
                    required: false
                ),
                FamilyNetwork.HeldOn.Read(Errors, "familyNetwork.heldOn", "the date it was held", required: false),
                FamilyNetwork.Declined,
                FamilyNetwork.DeclinedOn.Read(
                    Errors,
                    "familyNetwork.declinedOn",
                    "the date it was declined",
                    required: false
                )
            );
        var command = new UpdatePlanCommand(
            CaseId,
            Version,
            concerns,
            changes,
            support,
            network,
            Blank(ContingencyPlan)
        );
        if (await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)))
        {
            return Redirect(CasePath("plan") + (Letter is { } letter ? $"?letter={letter}&saved=true" : "?saved=true"));
        }

        AddSpareRows();
        return Page();
    }

    private void AddSpareRows()
    {
        Concerns.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new ConcernRow()));
        Changes.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new ChangeRow()));
        Support.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new SupportRow()));
    }

    private async Task LoadAsync()
    {
        await LoadCaseAsync();
        Plan = await Sender.Send(new GetPlanQuery(CaseId), HttpContext.RequestAborted);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
