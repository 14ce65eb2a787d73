using Mediator;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Letters.GetLetter;

public sealed record GetLetterQuery(Guid LetterId) : IQuery<LetterDto>, ILetterMessage;

public sealed class GetLetterQueryHandler(IPloDbContext db) : IQueryHandler<GetLetterQuery, LetterDto>
{
    public async ValueTask<LetterDto> Handle(GetLetterQuery query, CancellationToken cancellationToken) =>
        LetterDto.Of(await db.LoadLetterAsync(query.LetterId, cancellationToken));
}

/// <summary>The letter as a Word document (headings and lists kept), for councils that post and edit in Word.</summary>
public sealed record GetLetterDocxQuery(Guid LetterId) : IQuery<LetterFile>, ILetterMessage;

public sealed record LetterFile(string FileName, byte[] Content);

public sealed class GetLetterDocxQueryHandler(IPloDbContext db, ILetterDocumentWriter writer)
    : IQueryHandler<GetLetterDocxQuery, LetterFile>
{
    public async ValueTask<LetterFile> Handle(GetLetterDocxQuery query, CancellationToken cancellationToken)
    {
        var letter = await db.LoadLetterAsync(query.LetterId, cancellationToken);
        return new LetterFile(
            $"{letter.Kind}-{letter.RecipientName.Replace(' ', '-')}.docx",
            writer.ToDocx(letter.Content.Html)
        );
    }
}
