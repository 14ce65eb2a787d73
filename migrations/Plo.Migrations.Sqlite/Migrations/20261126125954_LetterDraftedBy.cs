using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LetterDraftedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DraftedBy",
                table: "Letters",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Letters drafted before this column existed were drafted by their creator.
            migrationBuilder.Sql("UPDATE Letters SET DraftedBy = CreatedBy;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DraftedBy",
                table: "Letters");
        }
    }
}
