import type { DataIssue } from '../issue';
import type { SourceData } from '../parse-sources';

/** An article lives at data/articles/<id>.md, so the id can be found from the file and vice versa. */
export function checkFileNameMatchesId(data: SourceData): DataIssue[] {
  return data.articles.flatMap(({ file, frontmatter }) => {
    const expected = file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/, '');
    if (expected === frontmatter.id) return [];
    return [
      {
        file,
        path: ['id'],
        message: `id "${frontmatter.id}" does not match the file name "${expected}.md"`,
        tip: `rename the file to ${frontmatter.id}.md or set id: ${expected}`,
      },
    ];
  });
}
