using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Cases;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.ToTable("Children");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FirstName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(c => c.LastName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Ignore(c => c.IsUnborn);
    }
}
