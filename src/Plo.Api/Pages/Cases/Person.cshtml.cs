using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application;
using Plo.Application.Cases.GetCase;
using Plo.Application.Common.Exceptions;
using Plo.Application.Family.EndInvolvement;
using Plo.Application.Family.UpdateFamilyMember;

namespace Plo.Api.Pages.Cases;

/// <summary>
/// Corrects one family member's details (address, contact, language and interpreter, solicitor), or records that
/// they are no longer involved, with the reason. Nobody is deleted: letters simply stop going to them.
/// </summary>
public sealed class PersonModel(TimeProvider clock) : CasePage
{
    public override string Section => "";

    [FromRoute]
    public Guid MemberId { get; set; }

    public FamilyMemberDto Member { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public PersonForm Person { get; set; } = new();

    [BindProperty]
    public DateParts EndedOn { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Version = Case.Version;
        EndedOn = DateParts.Of(clock.Today());
        Person = new PersonForm
        {
            Address = new AddressForm
            {
                Line1 = Member.Address?.Line1,
                Line2 = Member.Address?.Line2,
                Town = Member.Address?.Town,
                Postcode = Member.Address?.Postcode,
            },
            Phone = Member.Phone,
            Email = Member.Email,
            PreferredLanguage = Member.PreferredLanguage,
            InterpreterNeeded = Member.InterpreterNeeded,
            Solicitor = new SolicitorForm
            {
                Name = Member.Solicitor?.Name,
                Firm = Member.Solicitor?.Firm,
                Phone = Member.Solicitor?.Phone,
                Email = Member.Solicitor?.Email,
            },
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var command = new UpdateFamilyMemberCommand(
            CaseId,
            Version,
            MemberId,
            Person.AddressInput,
            PersonForm.Optional(Person.Phone),
            PersonForm.Optional(Person.Email),
            PersonForm.Optional(Person.PreferredLanguage),
            Person.InterpreterNeeded,
            Person.SolicitorInput
        );
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)) ? Done(null, "people") : Page();
    }

    public async Task<IActionResult> OnPostEndAsync()
    {
        await LoadAsync();
        var on = EndedOn.Read(Errors, "endedOn", "the date they stopped being involved");
        var command = new EndInvolvementCommand(CaseId, Version, MemberId, on ?? default, Reason ?? "");
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)) ? Done(null, "people") : Page();
    }

    private async Task LoadAsync()
    {
        await LoadCaseAsync();
        Member =
            Case.FamilyMembers.FirstOrDefault(m => m.Id == MemberId)
            ?? throw new NotFoundException("Family member", MemberId);
    }
}
