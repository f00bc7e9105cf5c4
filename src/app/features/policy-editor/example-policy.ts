// The session policy "Insert example" puts in the Policy field: small, valid, and narrower than any
// role's permissions, so a learner sees a session policy cut the session down.

export const EXAMPLE_SESSION_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadReportsOnly",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::reports/*"
    }
  ]
}
`
