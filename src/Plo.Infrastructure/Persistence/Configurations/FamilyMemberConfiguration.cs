using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Cases;
using Plo.Domain.Common;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class FamilyMemberConfiguration : IEntityTypeConfiguration<FamilyMember>
{
    public void Configure(EntityTypeBuilder<FamilyMember> builder)
    {
        builder.ToTable("FamilyMembers");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.FirstName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(m => m.LastName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(m => m.Relationship).HasMaxLength(FieldLengths.Relationship).IsRequired();
        builder.Property(m => m.PreferredLanguage).HasMaxLength(FieldLengths.Language);
        builder.Property(m => m.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Property(m => m.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(m => m.InvolvementEndReason).HasMaxLength(Limits.Narrative);

        builder.OwnsOne(
            m => m.Address,
            a =>
            {
                a.Property(x => x.Line1)
                    .HasColumnName("AddressLine1")
                    .HasMaxLength(FieldLengths.AddressLine)
                    .IsRequired();
                a.Property(x => x.Line2).HasColumnName("AddressLine2").HasMaxLength(FieldLengths.AddressLine);
                a.Property(x => x.Town).HasColumnName("Town").HasMaxLength(FieldLengths.AddressLine).IsRequired();
                a.Property(x => x.Postcode).HasColumnName("Postcode").HasMaxLength(FieldLengths.Postcode).IsRequired();
            }
        );
        builder.OwnsOne(
            m => m.Solicitor,
            s =>
            {
                s.Property(x => x.Name).HasColumnName("SolicitorName").HasMaxLength(FieldLengths.Name).IsRequired();
                s.Property(x => x.Firm).HasColumnName("SolicitorFirm").HasMaxLength(FieldLengths.Name);
                s.Property(x => x.Phone).HasColumnName("SolicitorPhone").HasMaxLength(FieldLengths.Phone);
                s.Property(x => x.Email).HasColumnName("SolicitorEmail").HasMaxLength(FieldLengths.Email);
            }
        );
    }
}
