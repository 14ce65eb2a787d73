using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application;
using Plo.Application.Cases.FindCase;
using Plo.Application.Cases.GetCase;
using Plo.Application.Gateway.GetGatewayMeeting;
using Plo.Application.Gateway.RecordGatewayDecision;
using Plo.Application.Planning.GetPlan;
using Plo.Domain.Gateway;

namespace Plo.Api.Pages.Panel;

/// <summary>
/// One family at one panel meeting: the papers (children, people, concerns, the current plan, earlier decisions)
/// and the decision with its reasons; once recorded, the decision is shown read-only.
/// </summary>
public sealed class DecisionModel(TimeProvider clock) : PloPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public string Reference { get; set; } = "";

    [BindProperty]
    public string? Option { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    [BindProperty]
    public string? ThresholdMet { get; set; }

    [BindProperty]
    public string? Conditions { get; set; }

    [BindProperty]
    public DateParts ComeBackOn { get; set; } = new();

    [BindProperty]
    public RatificationForm Ratification { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public GatewayMeetingDto Meeting { get; private set; } = null!;

    public CaseDetailsDto Case { get; private set; } = null!;

    public PlanDto? Plan { get; private set; }

    public GatewayDecisionDto? Recorded => Meeting.Agenda.Single(a => a.CaseId == Case.Id).Decision;

    public bool CanDecide => Meeting.MeetingDate <= clock.Today();

    public sealed class RatificationForm
    {
        public string? MadeBy { get; set; }
        public DateParts MadeOn { get; set; } = new();
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var option = Chosen<DecisionOption>(Option, "option", "Choose the panel's decision");

        if (ThresholdMet is not ("true" or "false"))
        {
            Errors.Add("thresholdMet", "Say whether the threshold for care proceedings is met");
        }

        var comeBack =
            option == DecisionOption.ComeBackToPanel
                ? ComeBackOn.Read(Errors, "comeBackOn", "the date the family comes back to the panel")
                : null;
        RatificationInput? ratification = null;
        if (option == DecisionOption.RatifyDecision)
        {
            var madeOn = Ratification.MadeOn.Read(Errors, "ratification.madeOn", "the date the decision was made");
            ratification = new RatificationInput(
                Ratification.MadeBy ?? "",
                madeOn ?? default,
                Ratification.Reason ?? ""
            );
        }

        var caseId = await Sender.Send(new FindCaseQuery(Reference), HttpContext.RequestAborted);
        var command = new RecordGatewayDecisionCommand(
            Id,
            caseId,
            Version,
            option ?? default,
            Rationale ?? "",
            ThresholdMet == "true",
            string.IsNullOrWhiteSpace(Conditions) ? null : Conditions,
            comeBack,
            ratification
        );
        if (await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)))
        {
            return Redirect($"/panel/meetings/{Id}/cases/{Reference}#decision");
        }

        await LoadAsync(caseId);
        return Page();
    }

    private async Task LoadAsync(Guid? found = null)
    {
        var ct = HttpContext.RequestAborted;
        var caseId = found ?? await Sender.Send(new FindCaseQuery(Reference), ct);
        Meeting = await Sender.Send(new GetGatewayMeetingQuery(Id), ct);
        if (Meeting.Agenda.All(a => a.CaseId != caseId))
        {
            throw new Application.Common.Exceptions.NotFoundException("Agenda item", Reference);
        }

        Case = await Sender.Send(new GetCaseQuery(caseId), ct);
        Plan = await Sender.Send(new GetPlanQuery(caseId), ct);
    }

    /// <summary>What each option means, for the radios' hints.</summary>
    public static string Hint(DecisionOption option) =>
        option switch
        {
            DecisionOption.EnterPreProceedings =>
                "Send the letter before proceedings and start the pre-proceedings plan",
            DecisionOption.IssueProceedingsNow => "The risk is too high to work with the family first",
            DecisionOption.ChildProtectionPlan =>
                "Keep working under the child protection plan without pre-proceedings",
            DecisionOption.ChildInNeedPlan => "The family needs support, not a legal process",
            DecisionOption.NoFurtherLegalAction => "The threshold is not met and no legal step is needed",
            DecisionOption.AccommodationByAgreement => "The child is looked after with the parents' agreement",
            DecisionOption.PrivateLawRoute => "A relative or parent applies to the family court themselves",
            DecisionOption.ExtendPreProceedings => "More time is needed: give the reason and the conditions",
            DecisionOption.ComeBackToPanel => "The panel needs more information before it decides",
            DecisionOption.RatifyDecision => "Confirm a decision made urgently outside the panel",
            _ => "",
        };
}
