type ReceiptProps = {
  title: string
  referenceLabel: string
  reference: string
  next: string
  headingLevel?: 1 | 2
}

/** What a person sees once their submission is stored: the reference and what happens next. */
export function Receipt({ title, referenceLabel, reference, next, headingLevel = 2 }: ReceiptProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <div className="receipt">
      <Heading tabIndex={-1}>{title}</Heading>
      <p>
        {referenceLabel}: <span className="receipt__reference">{reference}</span>
      </p>
      <p>{next}</p>
    </div>
  )
}
